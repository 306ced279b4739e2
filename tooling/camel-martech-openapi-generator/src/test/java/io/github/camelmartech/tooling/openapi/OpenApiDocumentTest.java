package io.github.camelmartech.tooling.openapi;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the generator reads from a small made-up OpenAPI document, and the Java it writes for it. */
class OpenApiDocumentTest {

    private final OpenApiDocument document = read();

    private static OpenApiDocument read() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/acme-openapi.json")) {
            return new OpenApiDocument(new ObjectMapper().readTree(in));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private DocumentedOperation operation(String id) {
        return document.operations().stream().filter(o -> o.operationId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void operationsAreSortedByPathThenMethodAndGroupedByTheirFirstSegment() {
        assertThat(document.operations()).extracting(DocumentedOperation::operationId)
                .containsExactly("getThingList", "createThing", "deleteThing", "upload");
        assertThat(operation("deleteThing").resource()).isEqualTo("things");
        assertThat(operation("upload").resource()).isEqualTo("uploads");
    }

    @Test
    void aPagedCollectionHasItsQueryItsItemKeyAndItsDateField() {
        DocumentedOperation list = operation("getThingList");

        assertThat(list.paged()).isTrue();
        assertThat(list.success()).containsExactly(200);
        assertThat(list.query()).containsExactly("page", "query[createdOn][from]", "query[kind]", "sort[createdOn]");
        assertThat(list.requiredQuery()).containsExactly("query[kind]");
        assertThat(list.itemKey()).as("the placeholder of /things/{thingId}").isEqualTo("thingId");
        assertThat(list.dateField()).isEqualTo("createdOn");
        assertThat(list.summary()).isEqualTo("Get \"things\".");
        assertThat(list.jsonAnswer()).isTrue();
    }

    @Test
    void requiredBodyFieldsFollowAllOfAndLeaveOutReadOnlyOnes() {
        DocumentedOperation create = operation("createThing");

        assertThat(create.contentType()).isEqualTo("application/json");
        assertThat(create.requiredBody()).containsExactly("kind", "name");
        assertThat(create.paged()).isFalse();
        assertThat(create.itemKey()).isNull();
        assertThat(operation("upload").contentType()).isEqualTo("multipart/form-data");
        assertThat(operation("upload").jsonAnswer()).isFalse();
        assertThat(operation("deleteThing").pathParameters()).as("from the path item").containsExactly("thingId");
        assertThat(operation("deleteThing").success()).containsExactly(204);
    }

    @Test
    void aReaderAndTheDocsWordsAreDerivedFromTheDocument() {
        assertThat(operation("getThingList").read()).isTrue();
        assertThat(operation("createThing").read()).isFalse();
        assertThat(operation("getThingList").description()).isEqualTo("Get \"things\". Answers 200, every page. Query:"
                + " `page`, `query[createdOn][from]`, `query[kind]`, `sort[createdOn]` (`query[kind]` required).");
        assertThat(operation("createThing").description())
                .isEqualTo("Create a thing. Answers 201. Requires body fields `kind`, `name`.");
        assertThat(new OperationTableWriter(document, "com.example", "Acme", "CamelAcme", Set.of()).operations())
                .contains("List.of(), false,\n"
                          + "                        \"Create a thing. Answers 201. Requires body fields `kind`, `name`.\",\n");
    }

    @Test
    void theWrittenTableHasOneRecordPerOperationAndAHeaderPerPathParameter() {
        OperationTableWriter writer = new OperationTableWriter(document, "com.example", "Acme", "CamelAcme", Set.of());

        String operations = writer.operations();
        String headers = writer.headers();

        assertThat(operations).contains("final class AcmeApiOperations {")
                .contains("static final String OPERATION_IDS = \"getThingList,createThing,deleteThing,upload\";")
                .contains("static final String RESOURCES = \"things,uploads\";")
                .contains("new DocumentOperation(\"getThingList\", \"GET\", \"/things\", \"Get \\\"things\\\".\", 200,")
                .contains("List.of(\"kind\", \"name\"), true, false, null, null)");
        assertThat(headers).contains("public abstract class AcmePathHeaders {")
                .contains("public static final String THING_ID = \"CamelAcmeThingId\";")
                .contains("case \"thingId\" -> THING_ID;");
        assertThat(new OperationTableWriter(document, "com.example", "Acme", "CamelAcme", Set.of("thingId")).headers())
                .doesNotContain("public static final String THING_ID")
                .contains("case \"thingId\" -> AcmeConstants.THING_ID;");
        assertThat(List.of(OperationTableWriter.constant("transactionalEmailTemplateId"),
                OperationTableWriter.method("file-library"))).containsExactly("TRANSACTIONAL_EMAIL_TEMPLATE_ID", "fileLibrary");
    }
}
