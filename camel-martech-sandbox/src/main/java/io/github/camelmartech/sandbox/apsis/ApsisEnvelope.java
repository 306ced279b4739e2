package io.github.camelmartech.sandbox.apsis;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * What every APSIS answer is: {@code {"Code", "Message", "Result"}} with the HTTP status the code is paired with.
 * Written as APSIS's .NET serializer writes JSON, every {@code /} escaped ({@code "\/Date(...)\/"}, as in the
 * vendor's body examples), so a client must really parse JSON rather than match text.
 */
final class ApsisEnvelope {

    private static final ObjectMapper DOTNET_JSON = new ObjectMapper();

    static {
        DOTNET_JSON.getFactory().setCharacterEscapes(new SlashEscapes());
    }

    private ApsisEnvelope() {
    }

    static SimResponse ok(Object result) {
        return answer(ApsisCode.OK, ApsisCode.OK.title, result);
    }

    static SimResponse refusal(ApsisCode code, String message) {
        return answer(code, message, null);
    }

    /**
     * A refusal with the code of its status: a route's (-2, -3, -7) names what was wrong; a planned fault's
     * (429 → -9, 503 → -5, 500 → -1) carries the table's title, as the server's own refusals would.
     */
    static SimResponse refusal(SimulatorException refusal) {
        ApsisCode code = ApsisCode.of(refusal.code(), refusal.status());
        if (refusal.code() == null && refusal.status() >= 429) {
            return refusal(code, code.title);
        }
        return refusal(code, refusal.field() == null ? refusal.getMessage() : refusal.field() + " " + refusal.getMessage());
    }

    /** A raw file (PollURL, DataUrl): the payload as it is, in the same JSON dialect, without the envelope. */
    static SimResponse file(Object payload) {
        return json(200, payload);
    }

    private static SimResponse answer(ApsisCode code, String message, Object result) {
        ObjectNode body = SimJson.object().put("Code", code.code).put("Message", message);
        body.set("Result", DOTNET_JSON.valueToTree(result));
        return json(code.status, body);
    }

    private static SimResponse json(int status, Object body) {
        try {
            return SimResponse.status(status).header("Content-Type", "application/json; charset=utf-8")
                    .body(DOTNET_JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's standard escapes plus {@code /} as {@code \/}. */
    private static final class SlashEscapes extends CharacterEscapes {

        private static final SerializableString SLASH = new SerializedString("\\/");
        private final int[] escapes = standardAsciiEscapesForJSON();

        SlashEscapes() {
            escapes['/'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '/' ? SLASH : null;
        }
    }
}
