package io.opsflow.continuity;

import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DR plans in force, for forms to choose from: "dr-online-shop: Online shop (online-shop)". */
@Configuration
class DrPlanFormOptions {

  @Bean
  FormOptionSource drPlanOptions(DrPlans plans) {
    return FormOptionSource.of("drPlans", () -> plans.list().stream()
        .map(plan -> new FormOption(plan.current().id() + ": " + plan.current().name() + " ("
            + plan.current().service() + ")", plan.current().id())).toList());
  }
}
