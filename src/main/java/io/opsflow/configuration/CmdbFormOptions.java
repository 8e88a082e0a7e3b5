package io.opsflow.configuration;

import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The configuration items in service, for forms to choose from: "crm-db: CRM database (database)"; the services alone. */
@Configuration
class CmdbFormOptions {

  @Bean
  FormOptionSource configurationItemOptions(Cmdb cmdb) {
    return FormOptionSource.of("configurationItems", () -> cmdb.list(null, null).stream()
        .map(item -> new FormOption(item.id() + ": " + item.name() + " (" + item.type() + ")", item.id())).toList());
  }

  /** The services in service, for a configuration audit's scope: "online-shop: Online shop". */
  @Bean
  FormOptionSource cmdbServiceOptions(Cmdb cmdb) {
    return FormOptionSource.of("cmdbServices", () -> cmdb.list("service", null).stream()
        .map(item -> new FormOption(item.id() + ": " + item.name(), item.id())).toList());
  }
}
