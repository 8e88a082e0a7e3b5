package io.opsflow.platform.model;

/** A model file that does not parse; the previous deployment stays in force. */
public class ModelRefusedException extends RuntimeException {

  private final String file;

  ModelRefusedException(String file, String parserMessage, Throwable cause) {
    super("Model " + file + " refused: " + firstLine(parserMessage), cause);
    this.file = file;
  }

  public String file() {
    return file;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 500 ? line.substring(0, 500) + "…" : line;
  }
}
