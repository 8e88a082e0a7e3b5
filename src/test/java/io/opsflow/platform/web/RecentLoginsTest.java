package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A successful HTTP Basic check is kept for a few seconds, and a change of the user never waits for
 * it on the node where it was made: a new password, a membership removed, a user deleted apply to the
 * next request. A change this node did not see (another node's, or the database's) applies once the
 * kept check is older than {@code opsflow.security.credential-cache}.
 */
class RecentLoginsTest extends OpsFlowTestBase {

  private static final String USER = "recent-login-probe";
  private static final String OTHER = "recent-login-other";

  @Autowired
  IdentityService identity;
  @Value("${opsflow.security.credential-cache}")
  Duration kept;

  @BeforeEach
  void aUserInTheOperationsAdministrators() {
    create(USER, "first-Secret-1");
    create(OTHER, "second-Secret-2");
    identity.createMembership(USER, "ops-admin");
  }

  @AfterEach
  void removeThem() {
    identity.deleteUser(USER);
    identity.deleteUser(OTHER);
  }

  @Test
  void aPasswordChangedThroughCamundaAppliesToTheNextRequest() {
    assertThat(me("first-Secret-1")).isEqualTo(200);
    assertThat(me("first-Secret-1")).as("kept").isEqualTo(200);

    User user = identity.createUserQuery().userId(USER).singleResult();
    user.setPassword("changed-Secret-3");
    identity.saveUser(user);

    assertThat(me("first-Secret-1")).isEqualTo(401);
    assertThat(me("changed-Secret-3")).isEqualTo(200);
  }

  @Test
  void aMembershipRemovedOrAUserDeletedAppliesToTheNextRequest() {
    Http admin = new Http(port).as(USER, "first-Secret-1");
    assertThat(admin.get("/api/alerts/inbox?state=failed").status()).isEqualTo(200);

    identity.deleteMembership(USER, "ops-admin");
    assertThat(admin.get("/api/alerts/inbox?state=failed").status()).as("no longer an operations administrator")
        .isEqualTo(403);

    identity.deleteUser(USER);
    assertThat(admin.get("/api/me").status()).isEqualTo(401);
    create(USER, "first-Secret-1");
  }

  @Test
  void aPasswordChangedWhereThisNodeCannotSeeItAppliesWithinTheCacheTime() {
    assertThat(me("first-Secret-1")).isEqualTo(200);
    long changed = System.nanoTime();
    // as another node (or a restore of the database) would change it: the other user's hash and salt
    jdbc.sql("UPDATE ACT_ID_USER SET PWD_ = (SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = ?), "
        + "SALT_ = (SELECT SALT_ FROM ACT_ID_USER WHERE ID_ = ?) WHERE ID_ = ?").params(OTHER, OTHER, USER).update();

    int meanwhile = me("first-Secret-1");
    boolean withinTheCacheTime = System.nanoTime() - changed < kept.toNanos();
    boolean refused = Await.within(kept.plusSeconds(5), () -> me("first-Secret-1") == 401);

    assertThat(refused).as("refused once the kept check had expired").isTrue();
    if (withinTheCacheTime) {
      assertThat(meanwhile).as("the kept check still served within the cache time").isEqualTo(200);
    }
    assertThat(me("second-Secret-2")).isEqualTo(200);
  }

  private int me(String password) {
    return new Http(port).as(USER, password).get("/api/me").status();
  }

  private void create(String id, String password) {
    User user = identity.newUser(id);
    user.setPassword(password);
    identity.saveUser(user);
  }
}
