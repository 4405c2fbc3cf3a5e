package org.atalaya.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.atalaya.store.EventStore;
import org.atalaya.store.StoredReject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code atalaya rejects}: every record the store could not code, with file, line and reason. */
@Command(name = "rejects", mixinStandardHelpOptions = true, description = "Lists the rejected records: file, line, reason, message.")
final class RejectsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (EventStore db = EventStore.open(store.db)) {
            List<StoredReject> rejects = db.rejects();
            for (StoredReject r : rejects) {
                System.out.println(r.file() + ":" + r.line() + "\t" + r.reason() + "\t" + r.message());
            }
            System.err.println(rejects.size() + " rejected record(s)");
            return 0;
        }
    }
}
