package io.opsflow.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/** Camunda 7 exports nothing to Micrometer: the figures operators watch, as gauges. */
@Component
record EngineMetrics(ProcessEngine engine) implements MeterBinder {

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("opsflow.process.instances.active",
            () -> engine.getRuntimeService().createProcessInstanceQuery().active().count())
        .description("Running process instances").register(registry);
    Gauge.builder("opsflow.tasks.open", () -> engine.getTaskService().createTaskQuery().count())
        .description("Open user tasks").register(registry);
    Gauge.builder("opsflow.tasks.overdue",
            () -> engine.getTaskService().createTaskQuery().dueBefore(new java.util.Date()).count())
        .description("Open user tasks past their due date").register(registry);
    Gauge.builder("opsflow.engine.incidents.open",
            () -> engine.getRuntimeService().createIncidentQuery().count())
        .description("Open engine incidents (failed jobs and the like)").register(registry);
    Gauge.builder("opsflow.engine.jobs.due",
            () -> engine.getManagementService().createJobQuery().executable().count())
        .description("Jobs due for execution").register(registry);
  }
}
