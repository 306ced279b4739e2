package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** Statistics of newsletters or autoresponders, one row per time interval. */
public class MessageStatistics extends ExtensibleModel {

    private String timeInterval;
    private Long sent;
    private Long totalOpened;
    private Long uniqueOpened;
    private Long totalClicked;
    private Long uniqueClicked;
    private Long goals;
    private Long uniqueGoals;
    private Long forwarded;
    private Long unsubscribed;
    private Long bounced;
    private Long complaints;

    public String getTimeInterval() {
        return timeInterval;
    }

    public void setTimeInterval(String timeInterval) {
        this.timeInterval = timeInterval;
    }

    public Long getSent() {
        return sent;
    }

    public void setSent(Long sent) {
        this.sent = sent;
    }

    public Long getTotalOpened() {
        return totalOpened;
    }

    public void setTotalOpened(Long totalOpened) {
        this.totalOpened = totalOpened;
    }

    public Long getUniqueOpened() {
        return uniqueOpened;
    }

    public void setUniqueOpened(Long uniqueOpened) {
        this.uniqueOpened = uniqueOpened;
    }

    public Long getTotalClicked() {
        return totalClicked;
    }

    public void setTotalClicked(Long totalClicked) {
        this.totalClicked = totalClicked;
    }

    public Long getUniqueClicked() {
        return uniqueClicked;
    }

    public void setUniqueClicked(Long uniqueClicked) {
        this.uniqueClicked = uniqueClicked;
    }

    public Long getGoals() {
        return goals;
    }

    public void setGoals(Long goals) {
        this.goals = goals;
    }

    public Long getUniqueGoals() {
        return uniqueGoals;
    }

    public void setUniqueGoals(Long uniqueGoals) {
        this.uniqueGoals = uniqueGoals;
    }

    public Long getForwarded() {
        return forwarded;
    }

    public void setForwarded(Long forwarded) {
        this.forwarded = forwarded;
    }

    public Long getUnsubscribed() {
        return unsubscribed;
    }

    public void setUnsubscribed(Long unsubscribed) {
        this.unsubscribed = unsubscribed;
    }

    public Long getBounced() {
        return bounced;
    }

    public void setBounced(Long bounced) {
        this.bounced = bounced;
    }

    public Long getComplaints() {
        return complaints;
    }

    public void setComplaints(Long complaints) {
        this.complaints = complaints;
    }
}
