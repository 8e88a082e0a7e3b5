package io.opsflow.platform.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a Spring bean to the models' expressions (e.g. a calendar used in a timer). Delegates
 * and listeners of OpsFlow are exposed without it; every other bean stays out of reach.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelBean {
}
