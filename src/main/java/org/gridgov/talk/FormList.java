package org.gridgov.talk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a form's dynamic list: Tasklist submits it as a JSON variable, Java callers may pass the
 * JSON text. Each row comes back as a map of trimmed texts (blank = absent).
 */
@Component
class FormList {

  private final ObjectMapper json;

  FormList(ObjectMapper json) {
    this.json = json;
  }

  List<Map<String, String>> rows(Object value, String label) {
    if (value == null) {
      return List.of();
    }
    JsonNode rows;
    try {
      rows = json.readTree(value.toString());
    } catch (JsonProcessingException e) {
      throw new InvalidTalkInputException(label + "的格式不正确");
    }
    if (!rows.isArray()) {
      throw new InvalidTalkInputException(label + "须是列表");
    }
    List<Map<String, String>> result = new ArrayList<>();
    for (JsonNode row : rows) {
      Map<String, String> fields = new java.util.HashMap<>();
      row.fields().forEachRemaining(field -> {
        String text = field.getValue().isNull() ? null : field.getValue().asText().strip();
        fields.put(field.getKey(), text == null || text.isEmpty() ? null : text);
      });
      result.add(fields);
    }
    return result;
  }
}
