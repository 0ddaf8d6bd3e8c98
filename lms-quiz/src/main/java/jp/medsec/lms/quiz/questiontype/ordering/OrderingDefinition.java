package jp.medsec.lms.quiz.questiontype.ordering;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.MessageBundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordering definition. JSON: {@code {"items": [{"id": "i…", "text": {...}}...]}} in the right order; at least
 * two items with distinct texts.
 */
public record OrderingDefinition(List<Item> items) {

    static final MessageBundle MESSAGES = MessageBundle.of(OrderingDefinition.class);

    public OrderingDefinition {
        items = List.copyOf(items);
    }

    /** One item to place. */
    public record Item(String id, FormattedText text) {

        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }

        JsonObject toJson() {
            return Json.createObjectBuilder().add("id", id).add("text", text.toJson()).build();
        }
    }

    public JsonObject toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        items.forEach(i -> a.add(i.toJson()));
        return Json.createObjectBuilder().add("items", a).build();
    }

    static OrderingDefinition read(JsonObject json, DefinitionReader reader) {
        reader.onlyFields(json, "", Set.of("items"));
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<Item> items = new ArrayList<>();
        List<JsonObject> objects = reader.objects(json, "", "items", 2);
        for (int i = 0; i < objects.size(); i++) {
            JsonObject o = objects.get(i);
            String path = DefinitionReader.at("", "items", i);
            reader.onlyFields(o, path, Set.of("id", "text"));
            String id = reader.id(o, path, ids);
            FormattedText text = reader.text(o, path, "text", true);
            if (!text.isBlank() && !texts.add(text.text().strip())) {
                reader.problem(DefinitionReader.at(path, "text"),
                        MESSAGES.message("ordering.duplicate-item", text.text().strip()));
            }
            items.add(new Item(id, text));
        }
        return new OrderingDefinition(items);
    }

    /** The definition, or {@link jp.medsec.lms.quiz.spi.InvalidDefinitionException} listing every problem. */
    public static OrderingDefinition fromJson(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        return reader.orThrow(read(json, reader));
    }
}
