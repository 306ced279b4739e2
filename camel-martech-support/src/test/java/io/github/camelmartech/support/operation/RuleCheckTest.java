package io.github.camelmartech.support.operation;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule checked outside a call: the value when it passes, else the invalid input naming the field. */
class RuleCheckTest {

    @Test
    void answersThePassingValueAndRefusesABadOneNamingTheFieldAndTheRule() {
        Rule date = Rule.date("\\d{8}T\\d{6}", "a yyyyMMddTHHmmss date such as 20240131T235959");

        assertThat(date.check("dateFrom", "20240131T235959")).isEqualTo("20240131T235959");
        assertThat(date.check("dateFrom", (Object) null)).isNull();
        assertThatThrownBy(() -> date.check("dateFrom", "2024-01-31"))
                .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("dateFrom");
                    assertThat(e.getRule()).isEqualTo("must be a java.time value or a yyyyMMddTHHmmss date such as"
                                                      + " 20240131T235959");
                    assertThat(e.getSource()).isNull();
                });
    }
}
