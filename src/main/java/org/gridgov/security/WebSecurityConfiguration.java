package org.gridgov.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters that guard GridGov's HTTP surface, in the order they run: security headers,
 * the two CE-gap closers, then authentication of the engine REST API and of the staff API.
 */
@Configuration
class WebSecurityConfiguration {

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(@Value("${gridgov.security.https:false}") boolean https) {
    FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(https));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupBlocker> adminSetupBlocker() {
    FilterRegistrationBean<AdminSetupBlocker> registration = new FilterRegistrationBean<>(new AdminSetupBlocker());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OrQueryExpressionGuard> orQueryExpressionGuard() {
    FilterRegistrationBean<OrQueryExpressionGuard> registration =
        new FilterRegistrationBean<>(new OrQueryExpressionGuard());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** HTTP Basic for the engine REST API: what Camunda Modeler uses to deploy. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  FilterRegistrationBean<StaffApiAuthentication> staffApiAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<StaffApiAuthentication> registration =
        new FilterRegistrationBean<>(new StaffApiAuthentication(engine.getIdentityService(), engine.getName()));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
