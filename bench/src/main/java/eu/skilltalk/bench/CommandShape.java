package eu.skilltalk.bench;

import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A store command without its values: name, collection and the fields its filter names, such as
 * {@code findAndModify inbox {$and:[_id,{$or:[status,status+leaseUntil]}]}}. Commands of one shape cost the
 * same on the embedded store, so counting and timing by shape shows which ones repeat or scan.
 */
final class CommandShape {

    private CommandShape() {
    }

    static String of(String name, BsonDocument command) {
        BsonValue target = command.get(name);
        String collection = target != null && target.isString() ? " " + target.asString().getValue() : "";
        BsonDocument filter = filter(name, command);
        return name + collection + (filter == null ? "" : " " + keys(filter));
    }

    private static BsonDocument filter(String name, BsonDocument command) {
        return switch (name) {
            case "find" -> command.getDocument("filter", null);
            case "findAndModify", "count" -> command.getDocument("query", null);
            case "update" -> first(command, "updates");
            case "delete" -> first(command, "deletes");
            default -> null;
        };
    }

    private static BsonDocument first(BsonDocument command, String statements) {
        if (!command.containsKey(statements) || command.getArray(statements).isEmpty()) {
            return null;
        }
        return command.getArray(statements).get(0).asDocument().getDocument("q", null);
    }

    private static String keys(BsonDocument filter) {
        return filter.entrySet().stream().map(e -> e.getKey() + nested(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String nested(BsonValue value) {
        if (value.isArray()) {
            return ":[" + value.asArray().stream().map(v -> v.isDocument() ? keys(v.asDocument()) : "?")
                    .collect(Collectors.joining(",")) + "]";
        }
        if (value.isDocument() && value.asDocument().keySet().stream().allMatch(k -> k.startsWith("$"))) {
            return value.asDocument().keySet().stream().collect(Collectors.joining(",", ":", ""));
        }
        return "";
    }
}
