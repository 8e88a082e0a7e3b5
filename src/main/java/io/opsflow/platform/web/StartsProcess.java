package io.opsflow.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API endpoint that starts the process with this key: a caller who may not start it is
 * answered 403 before the request body is read or checked (EndpointPermissionInterceptor), so a
 * refusal never depends on, nor reveals, what the body held.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface StartsProcess {

  /** The process definition key. */
  String value();
}
