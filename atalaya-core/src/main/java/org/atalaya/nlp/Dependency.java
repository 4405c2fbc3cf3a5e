package org.atalaya.nlp;

/** A UD dependency: {@code head} is the 0-based head token index, -1 for the root. */
public record Dependency(int head, int dependent, String relation) {
}
