import http from "node:http";

/** A page of the server at `url` as asked for with a Host header of one's own choosing (fetch does not let one set it). */
export function pageWithHost(url: string, path: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}${path}`, { headers: { host } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => resolve(body));
    });
    request.on("error", reject);
  });
}
