package jp.medsec.lms.quiz.domain.model.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.quiz.domain.model.question.Question;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A question in the bank: its identity, where it is filed (category path and tags, kept here for searching and
 * drawing) and the number of its latest version. The content is in {@link QuestionVersion}s.
 */
@Entity
@Table(name = "lms_quiz_question")
@NamedQuery(name = "BankQuestion.findAll", query = "SELECT q FROM BankQuestion q ORDER BY q.category, q.name")
public class BankQuestion {

    /** Tags are stored between separators so "a tag" can be matched exactly with LIKE. */
    static final String TAG_SEPARATOR = "|";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 1000)
    private String category;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(nullable = false, length = 60)
    private String typeId;

    @Column(nullable = false, length = 2000)
    private String tags;

    @Column(nullable = false)
    private int latestVersion;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BankQuestion() {
    }

    /** A new question and its first version. */
    public BankQuestion(Question question, Instant now) {
        this.id = Ids.newId();
        this.createdAt = Objects.requireNonNull(now, "now");
        this.latestVersion = 0;
        file(question, now);
    }

    /** The next version of this question, filed under the question's category and tags. */
    public QuestionVersion newVersion(Question question, String author, Instant now) {
        file(question, now);
        latestVersion++;
        return new QuestionVersion(id, latestVersion, question, author, now);
    }

    private void file(Question question, Instant now) {
        this.category = question.category().toString();
        this.name = question.name();
        this.typeId = question.typeId();
        this.tags = TAG_SEPARATOR + String.join(TAG_SEPARATOR, question.tags()) + TAG_SEPARATOR;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    public String name() {
        return name;
    }

    public String typeId() {
        return typeId;
    }

    public List<String> tags() {
        return Arrays.stream(tags.split("\\" + TAG_SEPARATOR)).filter(t -> !t.isEmpty()).toList();
    }

    public int latestVersion() {
        return latestVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
