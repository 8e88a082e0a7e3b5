package io.opsflow.servicerequest;

import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The active catalogue items, for the request form to choose from: "New laptop / 新笔记本电脑". */
@Configuration
class CatalogueFormOptions {

  @Bean
  FormOptionSource catalogueItemOptions(ServiceCatalogue catalogue) {
    return FormOptionSource.of("catalogueItems", () -> catalogue.list(false).stream()
        .map(item -> new FormOption(item.name(), item.id())).toList());
  }
}
