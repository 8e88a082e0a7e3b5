package io.opsflow.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.platform.BadRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The impact walk and the attribute rule on their own, on a small in-memory estate. */
class CmdbTest {

  private final Map<String, Cmdb.Node> nodes = new HashMap<>();
  private final Map<String, List<Cmdb.Node>> dependents = new HashMap<>();
  private final List<String> visits = new ArrayList<>();

  @Test
  void aServiceReachedTwiceIsListedOnceWithItsShortestPath() {
    nodes("svc service medium", "app application high", "db database high");
    relate("svc", "app", "db");
    relate("svc", "db");

    List<Cmdb.Impact> impact = walk("db");

    assertThat(impact).singleElement().satisfies(i -> assertThat(i.path()).containsExactly("svc", "db"));
  }

  @Test
  void aCycleIsWalkedOnceAndTheItemIsNotItsOwnImpactUnlessItIsAService() {
    nodes("a server low", "b server low", "svc service high");
    relate("svc", "b", "a", "b");

    List<Cmdb.Impact> impact = walk("a");

    assertThat(impact).extracting(Cmdb.Impact::service).containsExactly("svc");
    assertThat(impact.get(0).path()).containsExactly("svc", "b", "a");
    assertThat(visits).containsExactlyInAnyOrder("a", "b", "svc");
  }

  @Test
  void servicesRankByCriticalityThenPathLengthThenId() {
    nodes("item server low", "mid application low", "low-near service low", "high-far service high",
        "medium-b service medium", "medium-a service medium");
    relate("high-far", "mid", "item");
    relate("low-near", "item");
    relate("medium-b", "item");
    relate("medium-a", "item");

    assertThat(walk("item")).extracting(Cmdb.Impact::service)
        .containsExactly("high-far", "medium-a", "medium-b", "low-near");
  }

  @Test
  void attributesMustBeAJsonObjectAndAreComparedAsCompactText() {
    assertThat(Cmdb.jsonObject("{ \"a\" : 1,\n \"b\": [true] }")).isEqualTo("{\"a\":1,\"b\":[true]}");
    for (String bad : List.of("[1]", "\"text\"", "42", "{broken", "")) {
      assertThatThrownBy(() -> Cmdb.jsonObject(bad)).isInstanceOf(BadRequestException.class)
          .satisfies(e -> assertThat(((BadRequestException) e).field()).isEqualTo("attributes"));
    }
  }

  /** Items of the estate, each "id type criticality". */
  private void nodes(String... items) {
    for (String item : items) {
      String[] fields = item.split(" ");
      nodes.put(fields[0], new Cmdb.Node(fields[0], fields[0], fields[1], fields[2]));
    }
  }

  /** A chain of items, each relating to (depending on) the next. */
  private void relate(String... chain) {
    for (int i = 0; i + 1 < chain.length; i++) {
      dependents.computeIfAbsent(chain[i + 1], t -> new ArrayList<>()).add(nodes.get(chain[i]));
    }
  }

  private List<Cmdb.Impact> walk(String item) {
    return Cmdb.impact(nodes.get(item), ci -> {
      visits.add(ci);
      return dependents.getOrDefault(ci, List.of());
    });
  }
}
