package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** The answer to an OTP verification; {@link #getStatus()} tells valid from expired, wrong, already used. */
public class OtpVerifyResult extends MarTechBean {

    @JsonProperty("request_id")
    private String requestId;
    @JsonProperty("result_info")
    private ResultInfo resultInfo;

    @JsonIgnore
    public OtpStatus getStatus() {
        return OtpStatus.ofCode(resultInfo == null ? null : resultInfo.getStatusCode());
    }

    @JsonIgnore
    public boolean isValid() {
        return getStatus() == OtpStatus.VALID;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public ResultInfo getResultInfo() {
        return resultInfo;
    }

    public void setResultInfo(ResultInfo resultInfo) {
        this.resultInfo = resultInfo;
    }
}
