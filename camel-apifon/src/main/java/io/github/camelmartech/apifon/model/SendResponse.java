package io.github.camelmartech.apifon.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/**
 * Apifon's answer to an SMS or IM send: the request id, and per recipient number the message parts it accepted.
 * The delivery itself is reported later, by callback.
 */
public class SendResponse extends MarTechBean {

    @JsonProperty("request_id")
    private String requestId;
    @JsonProperty("reference")
    private String reference;
    @JsonProperty("results")
    private Map<String, List<ResultDetails>> results;
    @JsonProperty("result_info")
    private ResultInfo resultInfo;

    /** The message ids per recipient number, in Apifon's order. */
    public Map<String, List<String>> messageIds() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        if (results != null) {
            results.forEach((number, parts) -> ids.put(number, parts == null ? List.of()
                    : parts.stream().map(ResultDetails::getMessageId).toList()));
        }
        return ids;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Map<String, List<ResultDetails>> getResults() {
        return results;
    }

    public void setResults(Map<String, List<ResultDetails>> results) {
        this.results = results;
    }

    public ResultInfo getResultInfo() {
        return resultInfo;
    }

    public void setResultInfo(ResultInfo resultInfo) {
        this.resultInfo = resultInfo;
    }
}
