package io.opsflow.knowledge;

import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/knowledge?q=&category=&ci=&limit=}: the search the service desk uses (published
 * articles only); {@code GET /api/knowledge/{id}}: one article as stored with every version of its
 * content (unpublished ones for their author and the knowledge managers only).
 */
@RestController
record KnowledgeController(KnowledgeBase knowledge, IdentityService identity) {

  /** An article as stored and its versions, the first first. */
  record ArticleWithVersions(KnowledgeBase.Stored article, List<KnowledgeBase.Version> versions) {
  }

  @GetMapping("/api/knowledge")
  List<KnowledgeBase.Article> search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String category, @RequestParam(required = false) String ci,
      @RequestParam(defaultValue = "10") int limit) {
    if (limit < 1 || limit > 100) {
      throw new BadRequestException("limit", "must be from 1 to 100");
    }
    return knowledge.search(q, category, ci, limit);
  }

  /** A published article for anyone; one not published only for its author and the knowledge managers. */
  @GetMapping("/api/knowledge/{id}")
  ArticleWithVersions article(@PathVariable long id) {
    Authentication caller = identity.getCurrentAuthentication();
    KnowledgeBase.Stored article = knowledge.find(id)
        .filter(a -> "published".equals(a.status()) || caller.getUserId().equals(a.author())
            || Roles.anyOf(caller.getGroupIds(), Roles.KNOWLEDGE_CURATORS))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no knowledge article " + id));
    return new ArticleWithVersions(article, knowledge.versions(id));
  }
}
