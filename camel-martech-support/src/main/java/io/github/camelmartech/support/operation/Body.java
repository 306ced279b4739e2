package io.github.camelmartech.support.operation;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.MultipartForm;
import io.github.camelmartech.support.json.MarTechJson;

/**
 * How an operation takes its request body from the message: the typed model, a {@code Map}, a Jackson tree, JSON
 * text or bytes all become the model, so the same defaults and checks apply whatever the route sent.
 *
 * <p>One policy for unknown fields everywhere: a field the model does not know is refused before sending (a typo
 * such as {@code sender_idd} must not send an SMS without its sender), unless the model keeps unknown fields on
 * purpose ({@code ExtensibleModel}); fields a vendor has not documented go through the {@code request} resource.
 * Where a plain {@code String} has a meaning of its own (an SMS text, an id), {@link #orText} says what it becomes: a
 * String is the request only when it is a well-formed JSON object or array, anything else (say
 * {@code {Promo} 20% off}) is that text. {@link #orTextUnlessModel} is stricter about what counts as the request: only
 * JSON that binds to the model; JSON of another shape is text too (a Viber text may well be a JSON snippet).
 *
 * <p>A value of the wrong form is named by its place in the body and the form it must have:
 * {@code body[1].transactionDate: must be an ISO-8601 timestamp such as 2024-01-15T10:30:00Z, not 'yesterday'}.
 */
public final class Body<B> {

    private static final Body<Void> NONE = new Body<>(null, null, null, false, false, null, null, "application/json");
    /** Reads one item where an array is expected, for {@link #arrayOf}. */
    private static final ObjectMapper ARRAYS = MarTechJson.mapper().copy()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private final JavaType type;
    private final ObjectMapper mapper;
    private final Function<String, B> fromText;
    private final boolean textUnlessModel;
    private final boolean optional;
    private final Supplier<B> whenAbsent;
    private final Function<B, byte[]> writer;
    private final String contentType;

    private Body(JavaType type, ObjectMapper mapper, Function<String, B> fromText, boolean textUnlessModel,
                 boolean optional, Supplier<B> whenAbsent, Function<B, byte[]> writer, String contentType) {
        this.type = type;
        this.mapper = mapper;
        this.fromText = fromText;
        this.textUnlessModel = textUnlessModel;
        this.optional = optional;
        this.whenAbsent = whenAbsent;
        this.writer = writer;
        this.contentType = contentType;
    }

    /** No request body; the message body is not read. */
    public static Body<Void> none() {
        return NONE;
    }

    /** A JSON body of this model (or {@code JsonNode} / {@code Map} for operations without one). */
    public static <B> Body<B> of(Class<B> type) {
        return of(MarTechJson.mapper(), MarTechJson.mapper().constructType(type));
    }

    /** A JSON body bound and written with a vendor's own mapper (date formats, say). */
    public static <B> Body<B> of(ObjectMapper mapper, JavaType type) {
        return new Body<>(type, mapper, null, false, false, null, null, "application/json");
    }

    /**
     * A bare JSON array of {@code element}: a List, an array, one item, a JSON array, or comma-separated values
     * ({@code 1, 2, 3}); an absent body is an empty list, which the operation's check refuses naming the field.
     */
    public static <E> Body<List<E>> arrayOf(Class<E> element) {
        JavaType type = MarTechJson.listOf(element);
        Function<String, List<E>> commaSeparated = text -> {
            List<String> parts = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            try {
                return ARRAYS.convertValue(parts, type);
            } catch (IllegalArgumentException e) {
                throw new MarTechInvalidInputException("body", "must be a JSON array or comma-separated "
                        + element.getSimpleName() + " values");
            }
        };
        return Body.<List<E>>of(ARRAYS, type).orText(commaSeparated).orElse(List::of);
    }

    /**
     * A bare JSON string ({@code "a@b.com"}) from a String body, sent trimmed; an absent body is null, for the
     * operation's check to refuse.
     */
    public static Body<String> jsonString() {
        return of(String.class).orElse(() -> null).writtenAs(Body::jsonString, "application/json");
    }

    /** A Map of form fields sent as multipart/form-data ({@link MultipartForm}): an upload. */
    public static Body<Object> multipart(String boundary) {
        MultipartForm form = new MultipartForm(boundary);
        return of(Object.class).writtenAs(form::write, form.contentType());
    }

    /** What a String body that is not JSON becomes (an SMS text, an id). */
    public Body<B> orText(Function<String, B> fromText) {
        return new Body<>(type, mapper, fromText, false, optional, whenAbsent, writer, contentType);
    }

    /**
     * What a String body becomes unless it is JSON of the model's shape (it binds strictly: every field known, every
     * value of its type); any other String, JSON of another shape included, is text. For texts that may themselves
     * be JSON-like ({@code {"name":"x"}} as an SMS text); a typo in a JSON request then goes out as text, so prefer
     * {@link #orText} where that would be worse than a refusal.
     */
    public Body<B> orTextUnlessModel(Function<String, B> fromText) {
        return new Body<>(type, mapper, fromText, true, optional, whenAbsent, writer, contentType);
    }

    /** The body may be absent: the operation then sends none. */
    public Body<B> optional() {
        return new Body<>(type, mapper, fromText, textUnlessModel, true, whenAbsent, writer, contentType);
    }

    /** An absent body is this value (an empty query), so defaults can fill it. */
    public Body<B> orElse(Supplier<B> empty) {
        return new Body<>(type, mapper, fromText, textUnlessModel, optional, empty, writer, contentType);
    }

    /** Bytes other than the model's JSON (a form, a bare JSON string). */
    public Body<B> writtenAs(Function<B, byte[]> writer, String contentType) {
        return new Body<>(type, mapper, fromText, textUnlessModel, optional, whenAbsent, writer, contentType);
    }

    public boolean isNone() {
        return type == null;
    }

    /** The model's type, for the docs; null without a body. */
    public JavaType type() {
        return type;
    }

    /** The message body as the model; null for an absent optional body. */
    @SuppressWarnings("unchecked")
    public B bind(Object body) {
        if (type == null) {
            return null;
        }
        if (isAbsent(body)) {
            if (whenAbsent != null) {
                return whenAbsent.get();
            }
            if (optional) {
                return null;
            }
            throw new MarTechInvalidInputException("body", "a " + type.getRawClass().getSimpleName()
                                                           + ", a Map or a JSON object is required");
        }
        if (type.getRawClass().isInstance(body) && !type.isContainerType()) {
            return (B) body;
        }
        if (body instanceof String text && fromText != null) {
            if (!isJson(text)) {
                return fromText.apply(text);
            }
            if (textUnlessModel) {
                return modelOrText(text);
            }
        }
        return convert(body);
    }

    /** The model when the text binds to it strictly; an empty {@code {}} says nothing of the model: text. */
    private B modelOrText(String text) {
        try {
            JsonNode tree = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            if (!tree.isEmpty()) {
                return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(tree);
            }
        } catch (IOException e) {
            // not of the model's shape: the text
        }
        return fromText.apply(text);
    }

    private B convert(Object body) {
        ObjectReader strict = mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            if (body instanceof String text) {
                return strict.readValue(text);
            }
            if (body instanceof byte[] bytes) {
                return strict.readValue(bytes);
            }
            if (body instanceof InputStream in) {
                return strict.readValue(in);
            }
            return strict.readValue((JsonNode) mapper.valueToTree(body));
        } catch (UnrecognizedPropertyException e) {
            throw new MarTechInvalidInputException("body." + e.getPropertyName(), "is not a field of "
                    + type.getRawClass().getSimpleName() + " (unknown fields are refused; send fields the vendor has"
                    + " not documented through the request resource)");
        } catch (InvalidFormatException e) {
            throw e.getPath().isEmpty() ? notOfShape(e) : new MarTechInvalidInputException(placeOf(e),
                    "must be " + form(e.getTargetType()) + ", not '" + e.getValue() + "'");
        } catch (IOException | IllegalArgumentException e) {
            throw notOfShape(e);
        }
    }

    private MarTechInvalidInputException notOfShape(Exception e) {
        return new MarTechInvalidInputException("body", "must be a " + type.getRawClass().getSimpleName()
                + ", a Map or JSON of that shape (" + firstLine(e) + ")");
    }

    /** {@code body.registrationDate}, {@code body[1].transactionDate}. */
    private static String placeOf(InvalidFormatException e) {
        StringBuilder place = new StringBuilder("body");
        e.getPath().forEach(r -> place.append(r.getFieldName() != null ? "." + r.getFieldName()
                : "[" + r.getIndex() + "]"));
        return place.toString();
    }

    private static String form(Class<?> type) {
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2024-01-15";
        }
        if (type == LocalDateTime.class) {
            return "an ISO-8601 date-time such as 2024-01-15T10:30:00";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp such as 2024-01-15T10:30:00Z";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        return type == Boolean.class || type == boolean.class ? "true or false" : "a " + type.getSimpleName();
    }

    /** The bytes to send for the bound body; null for none. */
    public byte[] bytes(B value) {
        if (type == null || value == null) {
            return null;
        }
        if (writer != null) {
            return writer.apply(value);
        }
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new MarTechInvalidInputException("body", "cannot be written as JSON (" + e.getOriginalMessage() + ")");
        }
    }

    public String contentType() {
        return contentType;
    }

    private static boolean isAbsent(Object body) {
        return body == null || body instanceof String s && s.isBlank() || body instanceof byte[] b && b.length == 0;
    }

    /**
     * A well-formed JSON object or array, not merely text starting with a brace; a bare number or word is text
     * (an SMS saying {@code 123} is a text, not a JSON number).
     */
    private boolean isJson(String text) {
        String t = text.stripLeading();
        if (t.isEmpty() || t.charAt(0) != '{' && t.charAt(0) != '[') {
            return false;
        }
        try {
            // trailing text after a JSON value ({} and more) is text, not JSON
            return mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(t).isContainerNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static byte[] jsonString(String text) {
        try {
            return MarTechJson.mapper().writeValueAsBytes(text.trim());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
