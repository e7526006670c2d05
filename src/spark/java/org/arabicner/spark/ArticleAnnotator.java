package org.arabicner.spark;

import java.io.Serializable;
import org.arabicner.ArticleEntities;

/**
 * What a task calls for each article; shipped to the executors with the job, so it carries no
 * models itself (see {@link ExecutorPipeline}). Implementations must be thread-safe: the tasks
 * of one executor share it.
 */
@FunctionalInterface
public interface ArticleAnnotator extends Serializable {

    ArticleEntities annotate(String articleId, String text);

    /** The project's default pipeline, loaded once per executor JVM. */
    static ArticleAnnotator defaults() {
        return (id, text) -> ExecutorPipeline.get().annotate(id, text);
    }
}
