package io.github.camelmartech.support.operation;

import java.util.List;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules vendors state their documents with: each passes an absent value and says what a bad one breaks. */
class RuleTest {

    @Test
    void dateTimeReadsTheWholeTextWithItsPattern() {
        Rule rule = Rule.dateTime("uuuu-MM-dd'T'HH:mm:ss", "must be yyyy-MM-dd'T'HH:mm:ss");
        assertThat(rule.violation("2024-01-31T23:59:59")).isNull();
        assertThat(rule.violation(null)).isNull();
        assertThat(rule.violation("2024-01-31 23:59:59")).isEqualTo("must be yyyy-MM-dd'T'HH:mm:ss");
        assertThat(rule.violation("2024-01-31T23:59:59Z")).isEqualTo("must be yyyy-MM-dd'T'HH:mm:ss");
        assertThat(rule.violation("2024-13-01T00:00:00")).isEqualTo("must be yyyy-MM-dd'T'HH:mm:ss");
    }

    @Test
    void notEmptyRefusesNothingAndAnEmptyCollectionOrMap() {
        assertThat(Rule.notEmpty().violation(null)).isEqualTo("must not be empty");
        assertThat(Rule.notEmpty().violation(List.of())).isEqualTo("must not be empty");
        assertThat(Rule.notEmpty().violation(Map.of())).isEqualTo("must not be empty");
        assertThat(Rule.notEmpty().violation(List.of("a"))).isNull();
        assertThat(Rule.notEmpty().violation(Map.of("type", "onday"))).isNull();
        assertThat(Rule.notEmpty().violation("")).isNull();
        assertThat(Rule.notEmpty().saying("is required: who receives it").violation(Map.of()))
                .isEqualTo("is required: who receives it");
    }

    @Test
    void checkReturnsAValueThatFollowsTheRuleAndRefusesOneThatDoesNot() {
        Rule perPage = Rule.range(1, 1000).saying("must be between 1 and 1000");
        assertThat(perPage.check("perPage", 50)).isEqualTo(50);
        assertThatThrownBy(() -> perPage.check("pageSize", 1001)).isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("pageSize: must be between 1 and 1000");
    }

    @Test
    void sayingKeepsTheRuleAndChangesOnlyItsWords() {
        Rule atMostOne = Rule.length(0, 1).saying("Viber allows at most one image");
        assertThat(atMostOne.violation(List.of("a"))).isNull();
        assertThat(atMostOne.violation(null)).isNull();
        assertThat(atMostOne.violation(List.of("a", "b"))).isEqualTo("Viber allows at most one image");
        assertThat(Rule.required().saying("at least one channel").violation(List.of())).isEqualTo("at least one channel");
    }

    @Test
    void orPassesWhenEitherRuleDoesAndElseSaysTheFirst() {
        Rule seconds = Rule.pattern("[0-9]{1,10}", "seconds or a date");
        Rule either = seconds.or(Rule.dateTime("uuuu-MM-dd", "a date"));
        assertThat(either.violation("3600")).isNull();
        assertThat(either.violation("2024-01-31")).isNull();
        assertThat(either.violation(null)).isNull();
        assertThat(either.violation("soon")).isEqualTo("seconds or a date");
    }
}
