package controllers;

import io.ebean.DB;
import play.mvc.Controller;
import play.mvc.Result;

public class HealthController extends Controller {
  public Result check() {
    DB.sqlQuery("select 1").findOne();
    return ok("ok");
  }
}
