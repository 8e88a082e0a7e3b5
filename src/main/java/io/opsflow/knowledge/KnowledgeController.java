package io.opsflow.knowledge;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/knowledge?q=&category=&ci=}: the search the service desk uses. */
@RestController
class KnowledgeController {

  private final KnowledgeBase knowledge;

  KnowledgeController(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  @GetMapping("/api/knowledge")
  List<KnowledgeBase.Article> search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String category, @RequestParam(required = false) String ci,
      @RequestParam(defaultValue = "10") int limit) {
    if (limit < 1 || limit > 100) {
      throw new io.opsflow.platform.BadRequestException("limit", "must be from 1 to 100");
    }
    return knowledge.search(q, category, ci, limit);
  }
}
