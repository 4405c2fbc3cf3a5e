package org.atalaya.model;

/** Which coder version and which knowledge (checksum of all dictionaries) produced an event. */
public record CoderStamp(String version, String dictionaries) {
}
