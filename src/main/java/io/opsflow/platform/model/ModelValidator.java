package io.opsflow.platform.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;

/**
 * Reads each model file on its own before it is deployed, so that a broken file is refused with
 * its own name and the parser's message. (The engine's semantic checks follow at deployment.)
 */
final class ModelValidator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelValidator() {
  }

  static void validate(String name, byte[] content) {
    try {
      if (name.endsWith(".bpmn")) {
        Bpmn.readModelFromStream(new ByteArrayInputStream(content));
      } else if (name.endsWith(".dmn")) {
        Dmn.readModelFromStream(new ByteArrayInputStream(content));
      } else if (name.endsWith(".form")) {
        validateForm(name, content);
      }
    } catch (ModelRefusedException e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      throw new ModelRefusedException(name, rootMessage(e), e);
    }
  }

  private static void validateForm(String name, byte[] content) throws IOException {
    JsonNode form = JSON.readTree(content);
    if (form == null || !form.isObject() || !form.hasNonNull("id") || !form.has("components")) {
      throw new ModelRefusedException(name, "a Camunda Form needs an \"id\" and \"components\"", null);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : e.getMessage();
  }
}
