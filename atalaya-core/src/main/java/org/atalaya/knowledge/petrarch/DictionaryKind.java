package org.atalaya.knowledge.petrarch;

/** The PETRARCH/TABARI dictionary types Atalaya reads. */
public enum DictionaryKind { ACTORS, AGENTS, DISCARDS, VERBS }
