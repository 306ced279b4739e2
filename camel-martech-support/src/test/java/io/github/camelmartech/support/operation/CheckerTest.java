package io.github.camelmartech.support.operation;

import java.util.Arrays;
import java.util.List;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The field a failing check names, however deep in lists and nested objects; passing checks name nothing. */
class CheckerTest {

    record Part(String text) {
    }

    record Message(List<Part> parts) {
    }

    private static void check(Message message) {
        new Checker(null).nested("message", message, (m, msg) -> m.each("parts", msg.parts(),
                (p, part) -> p.field("text", part.text(), Rule.required(), Rule.length(1, 5))));
    }

    @Test
    void namesTheFieldWithEveryEnclosingListPositionAndObject() {
        assertThatThrownBy(() -> check(new Message(List.of(new Part("ok"), new Part("ok"), new Part("too long")))))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessageStartingWith("message.parts[2].text: must be 1-5 characters");
        assertThatThrownBy(() -> check(new Message(Arrays.asList(new Part("ok"), null))))
                .hasMessageStartingWith("message.parts[1]: must not be null");
    }

    @Test
    void validValuesPass() {
        check(new Message(List.of(new Part("a"), new Part("bb"))));
        check(new Message(null));
        assertThat(new Checker(null).field("top", "x", Rule.required())).isNotNull();
    }
}
