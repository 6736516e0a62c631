package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The condition of a listed rule is read back from the connector's wording, so the rule can be edited. */
class SubjectPatternConditionTest {
    @Test
    void recordedWordingsAreReadBack() {
        assertThat(SubjectPatternCondition.fromText("name is Terraform"))
                .isEqualTo(new SubjectPatternCondition("name", "is", "Terraform"));
        assertThat(SubjectPatternCondition.fromText("login_name is UpdatedValue"))
                .isEqualTo(new SubjectPatternCondition("login_name", "is", "UpdatedValue"));
        assertThat(SubjectPatternCondition.fromText("always true")).as("the catch-all rule").isNull();
    }

    @Test
    void theOtherOperatorsAndValuesWithSpacesAreReadBack() {
        assertThat(SubjectPatternCondition.fromText("mail is not a b@c")).isEqualTo(new SubjectPatternCondition("mail", "is_not", "a b@c"));
        assertThat(SubjectPatternCondition.fromText("mail exists")).isEqualTo(new SubjectPatternCondition("mail", "exist", null));
        assertThat(SubjectPatternCondition.fromText("mail does not exist"))
                .isEqualTo(new SubjectPatternCondition("mail", "exist_not", null));
        assertThat(SubjectPatternCondition.fromText("name is this is not it"))
                .isEqualTo(new SubjectPatternCondition("name", "is", "this is not it"));
    }
}
