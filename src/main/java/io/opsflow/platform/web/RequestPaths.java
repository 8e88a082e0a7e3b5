package io.opsflow.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** The path a request is routed by, as the servlet container decoded and normalised it. */
final class RequestPaths {

  private RequestPaths() {
  }

  /**
   * The request's path within the application: decoded, without path parameters ({@code ;x=1}),
   * without repeated or trailing slashes. The REST layer routes {@code .../complete/},
   * {@code .../complete;x=1} and {@code .../%63omplete} to the same endpoint as {@code .../complete};
   * a guard that matches the raw URI would let them pass.
   */
  static String of(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    path = path.replaceAll("/{2,}", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
