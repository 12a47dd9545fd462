package br.com.jttelecom.console.testsupport;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Outcome;
import java.time.Duration;
import java.time.Instant;

/** A builder for test calls: sensible defaults, change only what a test is about. */
public final class TestCalls {

    public static final Instant T0 = Instant.parse("2026-08-21T16:28:27Z");

    private Long id;
    private Long leadId;
    private Long opportunityId;
    private Long userId;
    private String phoneNumber = "+5548991234567";
    private Direction direction = Direction.OUTBOUND;
    private Duration duration;
    private CallStatus status = CallStatus.IN_PROGRESS;
    private Instant startTime = T0;
    private Instant endTime;
    private String recordingUrl;
    private String externalCallId;
    private String notes;
    private String extension = "1001";
    private String operator;
    private Duration waitTime;
    private Duration talkTime;
    private String hangupReason;
    private Integer sipCode;
    private String transcript;
    private String summary;
    private Outcome outcome;
    private String rawStatus;

    public static TestCalls call() {
        return new TestCalls();
    }

    public static TestCalls from(Call c) {
        TestCalls b = new TestCalls();
        b.id = c.id();
        b.leadId = c.leadId();
        b.opportunityId = c.opportunityId();
        b.userId = c.userId();
        b.phoneNumber = c.phoneNumber();
        b.direction = c.direction();
        b.duration = c.duration();
        b.status = c.status();
        b.startTime = c.startTime();
        b.endTime = c.endTime();
        b.recordingUrl = c.recordingUrl();
        b.externalCallId = c.externalCallId();
        b.notes = c.notes();
        b.extension = c.extension();
        b.operator = c.operator();
        b.waitTime = c.waitTime();
        b.talkTime = c.talkTime();
        b.hangupReason = c.hangupReason();
        b.sipCode = c.sipCode();
        b.transcript = c.transcript();
        b.summary = c.summary();
        b.outcome = c.outcome();
        b.rawStatus = c.rawStatus();
        return b;
    }

    public TestCalls id(Long v) { id = v; return this; }
    public TestCalls lead(Long v) { leadId = v; return this; }
    public TestCalls opportunity(Long v) { opportunityId = v; return this; }
    public TestCalls user(Long v) { userId = v; return this; }
    public TestCalls phone(String v) { phoneNumber = v; return this; }
    public TestCalls direction(Direction v) { direction = v; return this; }
    public TestCalls duration(int seconds) { duration = Duration.ofSeconds(seconds); return this; }
    public TestCalls noDuration() { duration = null; return this; }
    public TestCalls status(CallStatus v) { status = v; return this; }
    public TestCalls start(Instant v) { startTime = v; return this; }
    public TestCalls end(Instant v) { endTime = v; return this; }
    public TestCalls recording(String v) { recordingUrl = v; return this; }
    public TestCalls external(String v) { externalCallId = v; return this; }
    public TestCalls notes(String v) { notes = v; return this; }
    public TestCalls extension(String v) { extension = v; return this; }
    public TestCalls operator(String v) { operator = v; return this; }
    public TestCalls waitTime(int seconds) { waitTime = Duration.ofSeconds(seconds); return this; }
    public TestCalls talkTime(int seconds) { talkTime = Duration.ofSeconds(seconds); return this; }
    public TestCalls hangup(String v) { hangupReason = v; return this; }
    public TestCalls sip(Integer v) { sipCode = v; return this; }
    public TestCalls transcript(String v) { transcript = v; return this; }
    public TestCalls summary(String v) { summary = v; return this; }
    public TestCalls outcome(Outcome v) { outcome = v; return this; }
    public TestCalls rawStatus(String v) { rawStatus = v; return this; }

    public Call build() {
        return new Call(id, leadId, opportunityId, userId, phoneNumber, direction, duration, status, startTime,
                endTime, recordingUrl, externalCallId, notes, extension, operator, waitTime, talkTime,
                hangupReason, sipCode, transcript, summary, outcome, rawStatus);
    }
}
