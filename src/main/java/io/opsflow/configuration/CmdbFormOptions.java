package io.opsflow.configuration;

import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The configuration items in service, for forms to choose from: "crm-db: CRM database (database)". */
@Configuration
class CmdbFormOptions {

  @Bean
  FormOptionSource configurationItemOptions(Cmdb cmdb) {
    return FormOptionSource.of("configurationItems", () -> cmdb.list(null, null).stream()
        .map(item -> new FormOption(item.id() + ": " + item.name() + " (" + item.type() + ")", item.id())).toList());
  }
}
