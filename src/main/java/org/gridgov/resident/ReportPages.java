package org.gridgov.resident;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The residents' phone page at {@code /report/} (static files under {@code static/report/}). */
@Configuration
class ReportPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/report", "/report/");
    registry.addViewController("/report/").setViewName("forward:/report/index.html");
  }
}
