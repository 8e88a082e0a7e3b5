package io.opsflow.platform.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.ApplicationContextElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Limits what the models' JUEL expressions can reach to the beans the models need: OpsFlow's
 * delegates and listeners, and beans marked {@link ModelBean}. A model that names any other bean
 * (the data source, the identity service, ...) fails to resolve it.
 */
@Component
public class ModelBeanWhitelist extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private volatile Set<String> names;

  ModelBeanWhitelist(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new WhitelistingExpressionManager());
  }

  /** The names of the beans the models may use; computed once the context is complete. */
  public Set<String> names() {
    Set<String> result = names;
    if (result == null) {
      result = Arrays.stream(context.getBeanDefinitionNames()).filter(this::exposed).collect(Collectors.toUnmodifiableSet());
      names = result;
    }
    return result;
  }

  private boolean exposed(String name) {
    Class<?> type = context.getType(name, false);
    if (type == null) {
      return false;
    }
    if (type.isAnnotationPresent(ModelBean.class)) {
      return true;
    }
    return type.getName().startsWith("io.opsflow.")
        && (JavaDelegate.class.isAssignableFrom(type) || ExecutionListener.class.isAssignableFrom(type)
            || TaskListener.class.isAssignableFrom(type));
  }

  private final class WhitelistingExpressionManager extends SpringExpressionManager {

    WhitelistingExpressionManager() {
      super(context, Map.of()); // no beans through the default resolver ...
    }

    @Override
    protected ELResolver createElResolver() {
      ELResolver resolver = super.createElResolver();
      ((CompositeELResolver) resolver).add(new WhitelistedBeanResolver()); // ... only these
      return resolver;
    }
  }

  private final class WhitelistedBeanResolver extends ApplicationContextElResolver {

    WhitelistedBeanResolver() {
      super(context);
    }

    @Override
    public Object getValue(ELContext elContext, Object base, Object property) {
      if (base == null && property instanceof String name && names().contains(name)) {
        return super.getValue(elContext, base, property);
      }
      return null;
    }
  }
}
