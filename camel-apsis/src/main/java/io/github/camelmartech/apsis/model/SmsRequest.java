package io.github.camelmartech.apsis.model;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.IsoDate;
import io.github.camelmartech.support.json.MarTechBean;

/** A single SMS to one phone number. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class SmsRequest extends MarTechBean {

    private String message;
    private String countryCode;
    private String phoneNumber;
    private String senderName;
    private Boolean isLinked;
    @JsonFormat(pattern = "yyyyMMdd'T'HHmmss")
    @IsoDate
    private LocalDateTime sendDate;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** Fluent setter. */
    public SmsRequest message(String message) {
        this.message = message;
        return this;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    /** Fluent setter. */
    public SmsRequest countryCode(String countryCode) {
        this.countryCode = countryCode;
        return this;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /** Fluent setter. */
    public SmsRequest phoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
        return this;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    /** Fluent setter. */
    public SmsRequest senderName(String senderName) {
        this.senderName = senderName;
        return this;
    }

    public Boolean getIsLinked() {
        return isLinked;
    }

    public void setIsLinked(Boolean isLinked) {
        this.isLinked = isLinked;
    }

    /** Fluent setter. */
    public SmsRequest isLinked(Boolean isLinked) {
        this.isLinked = isLinked;
        return this;
    }

    public LocalDateTime getSendDate() {
        return sendDate;
    }

    public void setSendDate(LocalDateTime sendDate) {
        this.sendDate = sendDate;
    }

    /** Fluent setter. */
    public SmsRequest sendDate(LocalDateTime sendDate) {
        this.sendDate = sendDate;
        return this;
    }
}
