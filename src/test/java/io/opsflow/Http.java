package io.opsflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for tests that talk to the running application as its users do. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client;
  private String authorization;
  private String csrfToken;
  private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

  public Http(int port) {
    this("http://localhost:" + port);
  }

  public Http(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  private Http(String base, Http from) {
    this.base = base;
    this.client = from.client;
    this.authorization = from.authorization;
    this.csrfToken = from.csrfToken;
    this.headers.putAll(from.headers);
  }

  /**
   * The same browser talking to another node: its cookies (the session), credentials and CSRF
   * token so far go along, and cookies set by either answer reach both.
   */
  public Http onPort(int port) {
    return new Http("http://localhost:" + port, this);
  }

  /** Sends HTTP Basic credentials with every request. */
  public Http as(String user, String password) {
    authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Sends the header with every request from now on (e.g. Idempotency-Key, or an Accept of its own). */
  public Http header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST whose body is a document of the given content type, as a file upload sends it. */
  public Response upload(String path, String contentType, byte[] content) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  /** Any method, with a JSON body or none (null). */
  public Response send(String method, String path, String json) {
    HttpRequest.Builder builder = request(path);
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Logs into a webapp (tasklist, cockpit, admin) the way its login page does. */
  public Response webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/"); // hands out the CSRF cookie
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Response login = send(request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    get("/camunda/api/admin/auth/user/default"); // the new session's CSRF token
    return login;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*;q=0.5");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (csrfToken != null) {
      builder.header("X-XSRF-TOKEN", csrfToken);
    }
    headers.forEach(builder::setHeader); // a header given replaces the default (Accept)
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException("HTTP request failed: " + builder.build().uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: its status, body and (for JSON) the parsed body. */
  public record Response(int status, String body, HttpResponse<String> raw) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }
}
