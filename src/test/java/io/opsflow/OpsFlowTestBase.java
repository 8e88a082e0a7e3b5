package io.opsflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What most tests take from the one shared application: its port, its engine and the services a
 * test walks a process with, and the database. A test class carries {@link OpsFlowTest} and extends
 * this, declaring only what else it needs.
 */
@OpsFlowTest
public abstract class OpsFlowTestBase {

  @LocalServerPort
  protected int port;
  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected RuntimeService runtime;
  @Autowired
  protected TaskService tasks;
  @Autowired
  protected JdbcClient jdbc;
}
