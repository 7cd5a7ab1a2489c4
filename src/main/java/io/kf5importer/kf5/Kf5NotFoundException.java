package io.kf5importer.kf5;

/**
 * KF5 has nothing at the resource a request named by id (a ticket deleted, or never created). A rejection: asking
 * again would not help.
 */
public class Kf5NotFoundException extends Kf5RejectedException {

    public Kf5NotFoundException(String request, String kf5Message) {
        super(404, null, "KF5 found nothing at " + request + " (404): " + kf5Message);
    }
}
