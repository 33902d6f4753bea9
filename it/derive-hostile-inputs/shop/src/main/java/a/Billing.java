package a;

/** Read after the hostile files of the same folder: its call is still derived. */
class Billing {
    String url = "http://billing:8080/api";
}
