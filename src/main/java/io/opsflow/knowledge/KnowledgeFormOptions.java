package io.opsflow.knowledge;

import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published articles, for forms to choose a runbook from: "42: Restore the CRM database". */
@Configuration
class KnowledgeFormOptions {

  @Bean
  FormOptionSource publishedArticleOptions(KnowledgeBase knowledge) {
    return FormOptionSource.of("publishedArticles", () -> knowledge.published().stream()
        .map(article -> new FormOption(article.id() + ": " + article.title(), String.valueOf(article.id()))).toList());
  }
}
