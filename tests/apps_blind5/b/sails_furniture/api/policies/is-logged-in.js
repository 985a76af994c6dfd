module.exports = async function (req, res, proceed) {
  if (req.me) {
    return proceed();
  }
  sails.log.verbose('unauthenticated request to %s from %s', req.path, req.ip);
  return res.unauthorized();
};
