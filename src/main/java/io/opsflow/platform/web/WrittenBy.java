package io.opsflow.platform.web;

import io.opsflow.identity.Roles;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API endpoint that changes records only some roles write: anyone else is answered 403
 * before the request body is read or checked (EndpointPermissionInterceptor), as for {@link StartsProcess}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface WrittenBy {

  /** Who writes the records. */
  Roles.Writers value();
}
