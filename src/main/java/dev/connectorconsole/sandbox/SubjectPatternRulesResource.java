package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/configuration/connector/onPremises/subjectPatternRules} (scc-api.md §4): GET lists the rules with the
 * condition as text; POST adds one (201), PUT and DELETE {@code /<index>} (zero-based) replace and remove (204),
 * POST {@code /<index>/move} with {@code {"position": n}} moves one (204). SANDBOX choices: a new rule goes before a
 * trailing catch-all rule, like in the recordings; texts for exist/exist_not/is_not; an unknown index is 404.
 */
final class SubjectPatternRulesResource {
    static final String PATH = "api/v1/configuration/connector/onPremises/subjectPatternRules";
    static final List<String> PATTERN_KEYS = List.of("CN", "EMAIL", "L", "OU", "O", "ST", "C");
    private static final Set<String> OPERATORS = Set.of("exist", "exist_not", "is", "is_not");

    private final StateStore store;

    SubjectPatternRulesResource(StateStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.on("GET", PATH, (request, params) -> ApiResponse.ok(store.read(state -> list(state.subjectPatternRules))))
                .on("POST", PATH, (request, params) -> add(request))
                .on("PUT", PATH + "/{}", (request, params) -> replace(index(params.get(0)), parse(request.jsonObject())))
                .on("DELETE", PATH + "/{}", (request, params) -> delete(index(params.get(0))))
                .on("POST", PATH + "/{}/move", (request, params) -> move(index(params.get(0)), request.jsonObject()));
    }

    static ArrayNode list(List<SubjectPatternRuleData> rules) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (SubjectPatternRuleData rule : rules) {
            ObjectNode item = array.addObject();
            if (rule.description != null) {
                item.put("description", rule.description);
            }
            item.put("condition", conditionText(rule));
            ObjectNode pattern = item.putObject("subjectPattern");
            rule.subjectPattern.forEach(pattern::put);
        }
        return array;
    }

    private static String conditionText(SubjectPatternRuleData rule) {
        if (rule.isCatchAll()) {
            return "always true";
        }
        return switch (rule.operator) {
            case "exist" -> rule.variable + " exists";
            case "exist_not" -> rule.variable + " does not exist";
            case "is_not" -> rule.variable + " is not " + rule.value;
            default -> rule.variable + " is " + rule.value;
        };
    }

    private ApiResponse add(ApiRequest request) {
        SubjectPatternRuleData rule = parse(request.jsonObject());
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            List<SubjectPatternRuleData> rules = state.subjectPatternRules;
            boolean catchAllLast = !rules.isEmpty() && rules.get(rules.size() - 1).isCatchAll();
            int position = catchAllLast ? rules.size() - 1 : rules.size();
            rules.add(position, rule);
            return ApiResponse.created(request.baseUrl() + "/" + PATH + "/" + position, null);
        });
    }

    private ApiResponse replace(int index, SubjectPatternRuleData rule) {
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            state.subjectPatternRules.set(existing(state, index), rule);
            return ApiResponse.noContent();
        });
    }

    private ApiResponse delete(int index) {
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            state.subjectPatternRules.remove(existing(state, index));
            return ApiResponse.noContent();
        });
    }

    private ApiResponse move(int index, JsonNode body) {
        Long position = JsonFields.optionalLong(body, "position");
        if (position == null) {
            throw ApiException.invalidRequest("Mandatory property 'position' is missing");
        }
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            List<SubjectPatternRuleData> rules = state.subjectPatternRules;
            SubjectPatternRuleData rule = rules.get(existing(state, index));
            if (position < 0 || position >= rules.size()) {
                throw ApiException.invalidRequest("Property 'position' must be between 0 and " + (rules.size() - 1));
            }
            rules.remove(index);
            rules.add(position.intValue(), rule);
            return ApiResponse.noContent();
        });
    }

    private static int existing(StateData state, int index) {
        if (index >= state.subjectPatternRules.size()) {
            throw ApiException.notFound("Subject pattern rule with index " + index + " does not exist");
        }
        return index;
    }

    private static int index(String segment) {
        if (!segment.matches("[0-9]{1,9}")) {
            throw ApiException.notFound("Subject pattern rule with index " + segment + " does not exist");
        }
        return Integer.parseInt(segment);
    }

    static SubjectPatternRuleData parse(JsonNode body) {
        SubjectPatternRuleData rule = new SubjectPatternRuleData();
        rule.description = JsonFields.optionalString(body, "description");
        JsonNode condition = body.get("condition");
        if (condition == null || !condition.isObject()) {
            throw ApiException.invalidRequest("Mandatory property 'condition' is missing");
        }
        rule.variable = JsonFields.requiredString(condition, "variable").trim();
        if (!rule.variable.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            throw ApiException.invalidRequest("Property 'variable' must be a name such as 'name' or 'login_name'");
        }
        rule.operator = JsonFields.requiredString(condition, "operator");
        if (!OPERATORS.contains(rule.operator)) {
            throw ApiException.invalidRequest("Property 'operator' must be one of exist, exist_not, is, is_not");
        }
        rule.value = JsonFields.optionalString(condition, "value");
        boolean needsValue = rule.operator.startsWith("is");
        if (needsValue && (rule.value == null || rule.value.isBlank())) {
            throw ApiException.invalidRequest("Property 'value' is required for operator '" + rule.operator + "'");
        }
        if (!needsValue) {
            rule.value = null;
        }
        JsonNode pattern = body.get("subjectPattern");
        if (pattern == null || !pattern.isObject()) {
            throw ApiException.invalidRequest("Mandatory property 'subjectPattern' is missing");
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) pattern::fields) {
            if (!PATTERN_KEYS.contains(field.getKey())) {
                throw ApiException.invalidRequest("Property 'subjectPattern' may only name " + String.join(", ", PATTERN_KEYS));
            }
        }
        for (String key : PATTERN_KEYS) {
            String value = JsonFields.optionalString(pattern, key);
            if (value != null && !value.isBlank()) {
                rule.subjectPattern.put(key, value);
            }
        }
        if (!rule.subjectPattern.containsKey("CN")) {
            throw ApiException.invalidRequest("Property 'subjectPattern' must contain a CN");
        }
        return rule;
    }
}
