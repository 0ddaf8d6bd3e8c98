package jp.medsec.lms.core.application.content;

import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A check of a whole course document, for rules an activity type's {@code validateSettings} cannot see because they
 * span activities or need stored data (a live session's recording must be a video activity of the same course; a
 * video's stored file must exist). CDI beans of this type are all run by the importer after every activity's settings
 * passed, and their problems are reported together with the others; nothing is stored when there is one.
 */
public interface CourseContentCheck {

    List<FieldProblem> check(CourseDocument course);

    /** Where an activity is, in the form the importer reports: {@code slug: modules[0].activities[2]}. */
    static String at(CourseDocument course, int module, int activity) {
        return course.slug() + ": modules[" + module + "].activities[" + activity + "]";
    }

    /** Every activity with its place, in document order. */
    static void forEachActivity(CourseDocument course, BiConsumer<String, ActivityDocument> action) {
        for (int m = 0; m < course.modules().size(); m++) {
            List<ActivityDocument> activities = course.modules().get(m).activities();
            for (int a = 0; a < activities.size(); a++) {
                action.accept(at(course, m, a), activities.get(a));
            }
        }
    }
}
