package io.github.camelmartech.apifon.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** The answer to an OTP creation. */
public class OtpResponse extends MarTechBean {

    @JsonProperty("request_id")
    private String requestId;
    @JsonProperty("reference_id")
    private String referenceId;
    @JsonProperty("result")
    private List<ResultDetails> result;
    @JsonProperty("result_info")
    private ResultInfo resultInfo;

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getReferenceId() {
        return referenceId;
    }

    public void setReferenceId(String referenceId) {
        this.referenceId = referenceId;
    }

    public List<ResultDetails> getResult() {
        return result;
    }

    public void setResult(List<ResultDetails> result) {
        this.result = result;
    }

    public ResultInfo getResultInfo() {
        return resultInfo;
    }

    public void setResultInfo(ResultInfo resultInfo) {
        this.resultInfo = resultInfo;
    }
}
