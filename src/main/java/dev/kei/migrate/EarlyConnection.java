package dev.kei.migrate;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection opened on a thread of its own while the caller reads the migrations folder: on a call such as
 * {@code status}, connecting (the driver's first start-up) and reading the folder take about as long as each other,
 * and the machine has more than one core. The caller then takes the connection, or abandons it when the folder was
 * refused, so that a folder error stays the error it was and no connection is left open.
 */
final class EarlyConnection implements Runnable {
    private final Target target;
    private Connection connection;
    private SQLException failure;
    private RuntimeException crash;
    private boolean done;
    private boolean abandoned;

    private EarlyConnection(Target target) {
        this.target = target;
    }

    /** Starts connecting to {@code target}. */
    static EarlyConnection start(Target target) {
        EarlyConnection early = new EarlyConnection(target);
        Thread t = new Thread(early, "kei-connect");
        t.setDaemon(true);
        t.start();
        return early;
    }

    @Override
    public void run() {
        Connection c = null;
        SQLException f = null;
        RuntimeException r = null;
        try {
            c = target.connect();
        } catch (SQLException e) {
            f = e;
        } catch (RuntimeException e) {
            r = e;
        }
        synchronized (this) {
            connection = c;
            failure = f;
            crash = r;
            done = true;
            notifyAll();
            if (abandoned) {
                closeQuietly();
            }
        }
    }

    /** The connection, or the failure that connecting met, exactly as {@link Target#connect} would have given it. */
    synchronized Connection take() throws SQLException {
        while (!done) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon();
                throw new SQLException("interrupted while connecting");
            }
        }
        if (crash != null) {
            throw crash;
        }
        if (failure != null) {
            throw failure;
        }
        return connection;
    }

    /** The caller no longer wants it: closed now, or as soon as it is open. */
    synchronized void abandon() {
        abandoned = true;
        if (done) {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing was read or written on it
            }
            connection = null;
        }
    }
}
