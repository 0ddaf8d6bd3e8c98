package jp.medsec.lms.quiz.domain.model.bank;

import jakarta.json.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.quiz.domain.model.question.Question;

import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;

/** One version of a question, never changed once stored: attempts point at it. */
@Entity
@Table(name = "lms_quiz_question_version", uniqueConstraints = @UniqueConstraint(columnNames = {"questionId", "number"}))
@NamedQuery(name = "QuestionVersion.latestOf", query = "SELECT v FROM QuestionVersion v, BankQuestion q"
        + " WHERE v.questionId = q.id AND v.number = q.latestVersion AND q.id IN :ids")
public class QuestionVersion {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String questionId;

    @Column(nullable = false)
    private int number;

    @Lob
    @Column(nullable = false)
    private String content;

    @Column(length = 36)
    private String author;

    @Column(nullable = false)
    private Instant createdAt;

    protected QuestionVersion() {
    }

    QuestionVersion(String questionId, int number, Question question, String author, Instant now) {
        this.id = Ids.newId();
        this.questionId = Objects.requireNonNull(questionId, "questionId");
        this.number = number;
        this.content = question.toJson().toString();
        this.author = author;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public Question question() {
        try (var reader = Json.createReader(new StringReader(content))) {
            return Question.fromJson(reader.readObject());
        }
    }

    public String id() {
        return id;
    }

    public String questionId() {
        return questionId;
    }

    public int number() {
        return number;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
