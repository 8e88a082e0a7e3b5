package io.opsflow.servicelevel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy's three targets (软件公司运维管理制度 第四条: 系统可用性达到99.9%, 故障处理时间不超过4小时,
 * 用户满意度达到90%) as configuration ({@code opsflow.service-levels}), never in code: the availability
 * of a service without its own {@code availabilityTarget} in the CMDB, the fault handling limit and
 * the share of incidents that must keep it, and the satisfaction share.
 */
@ConfigurationProperties("opsflow.service-levels")
record ServiceLevelTargets(double availability, Duration faultHandlingLimit, double faultHandlingShare,
    double satisfaction) {

  ServiceLevelTargets {
    if (faultHandlingLimit == null || faultHandlingLimit.isNegative() || faultHandlingLimit.isZero()) {
      throw new IllegalArgumentException("opsflow.service-levels.fault-handling-limit must be a positive duration");
    }
  }
}
